{{%AUTOESCAPE context="HTML"}}
{{!
  注册审核 queue (oldest first). Values: TOTAL. Repeated section APPLICATION (INDEX, URL, NAME, REGION,
  TYPE, NATURE, CONTACT, MOBILE_MASKED, SUBMITTED; sub-sections HAS_CERT / NO_CERT); section EMPTY;
  section PAGER (PAGE, PAGES, PREV > URL, NEXT > URL).
}}
<h1 class="page-title">注册审核</h1>
<p class="list-summary">待审核注册申请共 <strong>{{TOTAL}}</strong> 件，按提交时间先后排列。</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="registrations-caption">
<table class="data-table">
<caption id="registrations-caption" class="visually-hidden">待审核的学校注册申请</caption>
<thead>
<tr><th scope="col" class="col-num">序号</th><th scope="col">学校名称</th><th scope="col">所属区域</th><th scope="col">学校类型</th><th scope="col">学校性质</th><th scope="col">联系人</th><th scope="col">联系人手机</th><th scope="col">提交时间</th><th scope="col">资质证书</th><th scope="col">操作</th></tr>
</thead>
<tbody>{{#APPLICATION}}<tr><td class="col-num">{{INDEX}}</td><td>{{NAME}}</td><td>{{REGION}}</td><td>{{TYPE}}</td><td>{{NATURE}}</td><td>{{CONTACT}}</td><td class="nowrap">{{MOBILE_MASKED}}</td><td class="nowrap">{{SUBMITTED}}</td><td>{{#HAS_CERT}}<span class="badge badge-ok">已上传</span>{{/HAS_CERT}}{{#NO_CERT}}<span class="badge badge-warn">未上传</span>{{/NO_CERT}}</td><td><a href="{{URL}}">审核</a></td></tr>
{{/APPLICATION}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">目前没有待审核的注册申请。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
