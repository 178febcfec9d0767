{{%AUTOESCAPE context="HTML"}}
{{!
  投保数据 of a school (current year, first enrollment of each product). Values: REGION, SCHOOL_NAME,
  YEAR_LABEL, CSRF (global). Sections: NO_YEAR; PRODUCT repeated (PRODUCT_ID, PRODUCT_NAME, INSURED_KIND) with
  MANAGE (URL: 上传管理 of a product with extra enrollments) and one of the include SUBMITTED
  (school/enroll_submitted.tpl), CLOSED (LAST_DAY), or the include UPLOAD_FORM (school/enroll_form.tpl);
  EXTRA_LINK (URL: the 多家保险公司 application, below the products); OPEN_DEADLINE (LAST_DAY, DAYS_LEFT:
  the school's last day while it is open).
}}
<h1 class="page-title">上传投保数据</h1>
<p class="breadcrumb">当前位置：首页 &gt; 投保数据</p>
<dl class="facts">
<div class="fact"><dt>区域</dt><dd>{{REGION}}</dd></div>
<div class="fact"><dt>学校名称</dt><dd>{{SCHOOL_NAME}}</dd></div>
<div class="fact"><dt>当前学年</dt><dd>{{YEAR_LABEL}}{{#NO_YEAR}}<span class="muted">管理中心尚未设置当前学年，暂不能提交投保数据。</span>{{/NO_YEAR}}</dd></div>
</dl>
{{#OPEN_DEADLINE}}<p class="deadline-note">投保数据提交截止：<strong>{{LAST_DAY}}</strong>（{{DAYS_LEFT}}）</p>{{/OPEN_DEADLINE}}
{{#PRODUCT}}
<section class="panel enroll-product" aria-labelledby="product-{{PRODUCT_ID}}">
<h2 id="product-{{PRODUCT_ID}}" class="section-title">{{PRODUCT_NAME}}：</h2>
{{#MANAGE}}<p class="card-actions"><a class="btn btn-secondary" href="{{URL}}">上传管理</a><span class="field-hint">本险种有多条投保数据，请点击“上传管理”查看、提交或申请修改。</span></p>{{/MANAGE}}
{{>SUBMITTED}}
{{#CLOSED}}
<p class="card-warning">本学年投保截止日期已过（{{LAST_DAY}}），如需修改请提交申请。</p>
{{/CLOSED}}
{{>UPLOAD_FORM}}
</section>
{{/PRODUCT}}
{{#EXTRA_LINK}}<p class="extra-link"><a href="{{URL}}">学校投保多家保险公司，可在此申请增加第二家保险公司投保数据</a></p>{{/EXTRA_LINK}}
