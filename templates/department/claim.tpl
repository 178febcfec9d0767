{{%AUTOESCAPE context="HTML"}}
{{!
  One claim of the region, read-only. TITLE, BACK_URL, SCHOOL, COUNTY, YEAR_LABEL, PRODUCT, CLAIM_NO,
  ACCIDENT_ON, COMPANY, INJURED_NAME, CAUSE, HANDLING, SETTLEMENT_NOTE, PAID, CLOSED_ON; OPEN (DAYS)
  or CLOSED (DAYS).
}}
<h1 class="page-title">{{TITLE}}</h1>
<p class="back-link"><a href="{{BACK_URL}}">返回{{TITLE}}</a></p>
<dl class="facts">
<div class="fact"><dt>出险学校</dt><dd>{{SCHOOL}}（{{COUNTY}}）</dd></div>
<div class="fact"><dt>保险公司</dt><dd>{{COMPANY}}</dd></div>
<div class="fact"><dt>案件编号</dt><dd>{{CLAIM_NO}}</dd></div>
<div class="fact"><dt>学年 / 险种</dt><dd>{{YEAR_LABEL}} · {{PRODUCT}}</dd></div>
<div class="fact"><dt>出险时间</dt><dd>{{ACCIDENT_ON}}</dd></div>
<div class="fact"><dt>伤者姓名</dt><dd>{{INJURED_NAME}}</dd></div>
<div class="fact"><dt>事故原因</dt><dd class="text-lines">{{CAUSE}}</dd></div>
<div class="fact"><dt>保险公司处理情况</dt><dd class="text-lines">{{HANDLING}}</dd></div>
<div class="fact"><dt>理赔情况</dt><dd class="text-lines">{{SETTLEMENT_NOTE}}</dd></div>
{{#OPEN}}<div class="fact"><dt>出险至今</dt><dd>{{DAYS}} 天（未结案）</dd></div>{{/OPEN}}
{{#CLOSED}}<div class="fact"><dt>赔偿金额</dt><dd>{{PAID}} 元</dd></div>
<div class="fact"><dt>结案时间</dt><dd>{{CLOSED_ON}}（结案用时 {{DAYS}} 天）</dd></div>{{/CLOSED}}
</dl>
