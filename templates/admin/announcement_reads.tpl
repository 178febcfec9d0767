{{%AUTOESCAPE context="HTML"}}
{{!
  阅读情况 of one announcement: ID, TITLE, DETAIL_URL, EXPORT_URL, AUDIENCE_SIZE, READ_COUNT; repeated
  SHOW (URL, LABEL, CLASS, CURRENT) = the 全部/已读/未读 filter; repeated ROW (NAME, KIND, REGION; READ > AT or
  UNREAD); EMPTY; PAGER (PAGE, PAGES; PREV / NEXT > URL); TOTAL.
}}
<h1 class="page-title">阅读情况</h1>
<p>公告：<a href="{{DETAIL_URL}}">{{TITLE}}</a></p>
<p class="list-summary">发布对象 <strong>{{AUDIENCE_SIZE}}</strong> 个账户，已读 <strong>{{READ_COUNT}}</strong> 个。 <a class="btn btn-secondary" href="{{EXPORT_URL}}">导出Excel</a></p>
<p>{{#SHOW}}<a class="btn {{CLASS}}"{{#CURRENT}} aria-current="page"{{/CURRENT}} href="{{URL}}">{{LABEL}}</a> {{/SHOW}}</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="reads-caption">
<table class="data-table">
<caption id="reads-caption" class="visually-hidden">阅读情况，共 {{TOTAL}} 个账户</caption>
<thead><tr><th scope="col">账户名称</th><th scope="col">类型</th><th scope="col">所属区域</th><th scope="col">阅读时间</th></tr></thead>
<tbody>{{#ROW}}<tr><td>{{NAME}}</td><td>{{KIND}}</td><td>{{REGION}}</td><td>{{#READ}}{{AT}}{{/READ}}{{#UNREAD}}<span class="badge badge-warn">未读</span>{{/UNREAD}}</td></tr>
{{/ROW}}</tbody>
</table>
</div>
{{#EMPTY}}<p class="empty">没有符合条件的账户。</p>{{/EMPTY}}
{{#PAGER}}<nav class="pager" aria-label="分页">{{#PREV}}<a class="btn btn-secondary" href="{{URL}}" rel="prev">上一页</a>{{/PREV}}<span class="pager-info">第 {{PAGE}} / {{PAGES}} 页</span>{{#NEXT}}<a class="btn btn-secondary" href="{{URL}}" rel="next">下一页</a>{{/NEXT}}</nav>{{/PAGER}}
